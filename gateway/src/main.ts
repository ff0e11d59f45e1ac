import { startTelemetry } from '@legalaid/infra';
import { loadGatewayConfig } from './config.js';
import { startGateway } from './server.js';

startTelemetry({ serviceName: 'gateway' });
try {
  const config = loadGatewayConfig();
  const gateway = await startGateway(config);
  const stop = async () => {
    await gateway.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} catch (err) {
  process.stderr.write(`gateway failed to start: ${(err as Error).message}\n`);
  process.exit((err as Error).name === 'ConfigError' ? 2 : 1);
}
