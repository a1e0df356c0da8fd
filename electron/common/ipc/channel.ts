// Building block of the contract: a channel is its zod input schema plus a phantom output type.
import type { z } from 'zod';

export interface ChannelSpec<S extends z.ZodType, O> {
  readonly input: S;
  /** Never set at run time: carries the output type for the compiler. */
  readonly output?: O;
}

export function channel<S extends z.ZodType>(input: S) {
  return { returns: <O>(): ChannelSpec<S, O> => ({ input }) };
}
