"""A local vendor sandbox: real HTTP emulating Tradevest, Alternative Payments and Tradovate.

Standard library only, so it ships inside the package. See ``Sandbox`` for the knobs,
``Fault`` for what can go wrong, and the vendor modules' docstrings for which inputs
produce which documented errors.
"""

from ._cli import serve
from ._faults import Fault
from ._models import (
    PROVIDERS,
    CannedResponse,
    RecordedRequest,
    TradovateStats,
    VendorCredentials,
)
from ._sandbox import Sandbox

__all__ = [
    "PROVIDERS",
    "CannedResponse",
    "Fault",
    "RecordedRequest",
    "Sandbox",
    "TradovateStats",
    "VendorCredentials",
    "serve",
]
