"""coil's asyncio: CPython 3.11's API over a native event loop (loop, Future, Task in C++)."""
from .exceptions import *
from .coroutines import *
from .events import *
from .futures import *
from .tasks import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .timeouts import *

__all__ = (exceptions.__all__ + coroutines.__all__ + events.__all__ + futures.__all__ +
           tasks.__all__ + locks.__all__ + queues.__all__ + runners.__all__ +
           taskgroups.__all__ + timeouts.__all__)
