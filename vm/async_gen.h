// Async generators: __anext__/asend/athrow/aclose and the awaitables they return, driven by
// status (Yield to the event loop, Return = the awaitable's result, Error) so the VM's
// YIELD_FROM can use them without StopIteration objects.
#pragma once
#include "vm/generator.h"

namespace coil {

bool init_async_gen_types(Interp&);

// A new awaitable for async generator `gen`: __anext__()/asend(v) (Send), athrow(exc) (Throw,
// arg = the exception instance), aclose() (Close). Null on MemoryError.
Value agen_awaitable_new(Interp&, Value gen, AsyncGenAwaitable::Mode mode, Value arg);

// Drives an awaitable: send a value (None to start) or throw an exception instance into it.
// Return: *out is the awaitable's result (what `await` evaluates to).
GenStatus agen_awaitable_send(Interp&, AsyncGenAwaitable* a, Value v, Value* out);
GenStatus agen_awaitable_throw(Interp&, AsyncGenAwaitable* a, Value exc, Value* out);

}  // namespace coil
