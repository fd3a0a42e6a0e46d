import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback, useRef } from 'react';
import { toApiProblem } from '../errors/api-error';
import { idempotencyContext, newIdempotencyKey } from './outbox-store';

/**
 * useMutation for the API's creating mutations, each call with an Idempotency-Key: pressing again after a lost
 * answer sends the same variables with the same key, and the server answers with the record it made the first
 * time instead of making a second. A new key once the server has answered (or refused), or when the
 * variables differ.
 */
export function useIdempotentMutation<TData, TVariables extends OperationVariables>(
  mutation: TypedDocumentNode<TData, TVariables>,
  options?: useMutation.Options<TData, TVariables>,
) {
  // Apollo's generic option types do not narrow through a generic wrapper; callers' variables are typed below.
  const [mutate, result] = useMutation(mutation, options as never);
  const keys = useRef(new Map<string, string>());
  const send = useCallback(
    async (call: useMutation.MutationFunctionOptions<TData, TVariables> & { variables: TVariables }) => {
      const signature = JSON.stringify(call.variables);
      const key = keys.current.get(signature) ?? newIdempotencyKey();
      keys.current.set(signature, key);
      try {
        const answer = await mutate({ ...call, context: { ...call.context, ...idempotencyContext(key) } } as never);
        keys.current.delete(signature);
        return answer;
      } catch (error) {
        if (toApiProblem(error).code !== 'NETWORK') keys.current.delete(signature);
        throw error;
      }
    },
    [mutate],
  );
  return [send, result] as const;
}
