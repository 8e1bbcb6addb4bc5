import type { ApolloServerPlugin } from '@apollo/server';
import { isMasked } from '../common/format-error';
import type { Context } from '../context';

/**
 * Every error the client will only see as "server error" is logged with the request's id, and that id goes to
 * the client in `extensions.requestId`, so a report from an official can be matched with the log line.
 */
export const requestErrorsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (isMasked(error.extensions?.code))
            contextValue.log.error({ err: error.originalError ?? error, path: error.path }, 'internal error');
        }
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) =>
          error.extensions?.code === 'INTERNAL_SERVER_ERROR'
            ? { ...error, extensions: { ...error.extensions, requestId: contextValue.requestId } }
            : error,
        );
      },
    };
  },
};
