import 'reflect-metadata';
import { startServer } from './server';

/** `npm start`. */
startServer().then(
  (server) => {
    const shutdown = async () => {
      await server.stop();
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown());
    process.on('SIGTERM', () => void shutdown());
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
