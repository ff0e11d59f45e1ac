/** /console-config.json, served by the gateway: one build for every environment. */
export interface ConsoleConfig {
  authMode: 'dev' | 'oidc';
  authority: string | null;
  clientId: string | null;
  environment: string;
}

export async function loadConfig(): Promise<ConsoleConfig> {
  const res = await fetch('/console-config.json', { cache: 'no-cache' });
  if (!res.ok) throw new Error(`console configuration: HTTP ${res.status}`);
  return (await res.json()) as ConsoleConfig;
}
