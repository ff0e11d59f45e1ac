/** Sample data for `npm start -- --demo` (grows with the gateway issue). */
export async function runDemo(options: { natsUrl: string; jwtSecret: string; graphqlUrl: string }): Promise<void> {
  console.log(`demo: open ${options.graphqlUrl} and use a token from \`npm run token\`.`);
}
