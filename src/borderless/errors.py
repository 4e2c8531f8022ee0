"""The whole exception tree of Borderless.

Every error a user can cause is a :class:`BorderlessError`. Each subclass also inherits the
matching built-in (``ValueError``, ``LookupError``) so callers may catch either, and carries the
offending value so a shell can name it::

    BorderlessError
    ├── InputError(ValueError)          bad request data: .field, .value, .line
    │   ├── UnknownCountryError         .code
    │   ├── UnknownCurrencyError        .code
    │   └── InvalidHSCodeError          .code
    ├── CurrencyMismatchError(ValueError)   arithmetic across currencies
    ├── MissingRateError(LookupError)       no exchange rate for a pair on a date: .pair, .on
    ├── RuleNotFoundError(LookupError)      no rule period covers a date: .rule, .on
    ├── DataError(ValueError)               a bundled or merchant data file is malformed: .path, .line
    └── FetchError(OSError)                 a live source (ECB rates) could not be fetched: .url

Shells (the CLI, later the HTTP API) map these to one clear line and a non-zero exit code or an
HTTP status; a user never sees a traceback for bad input.
"""

from __future__ import annotations

from datetime import date


class BorderlessError(Exception):
    """Base class of every error Borderless raises on purpose."""


class InputError(BorderlessError, ValueError):
    """A request field is missing, malformed or out of range."""

    def __init__(self, message: str, *, field: str | None = None, value: object = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.value = value
        self.line: int | None = None

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        what = f"{self.field}: " if self.field else ""
        return f"{where}{what}{self.message}"


class UnknownCountryError(InputError):
    def __init__(self, code: object, *, field: str | None = None) -> None:
        super().__init__(f"unknown country code {code!r} (expected ISO 3166-1 alpha-2)", field=field, value=code)
        self.code = code


class UnknownCurrencyError(InputError):
    def __init__(self, code: object, *, field: str | None = None) -> None:
        super().__init__(f"unknown currency code {code!r} (expected ISO 4217)", field=field, value=code)
        self.code = code


class InvalidHSCodeError(InputError):
    def __init__(self, code: object, reason: str, *, field: str | None = None) -> None:
        super().__init__(f"invalid HS code {code!r}: {reason}", field=field, value=code)
        self.code = code


class CurrencyMismatchError(BorderlessError, ValueError):
    def __init__(self, left: str, right: str) -> None:
        super().__init__(f"cannot combine amounts in {left} and {right} without an exchange rate")
        self.left = left
        self.right = right


class MissingRateError(BorderlessError, LookupError):
    def __init__(self, pair: str, on: date, detail: str = "") -> None:
        tail = f": {detail}" if detail else ""
        super().__init__(f"no exchange rate for {pair} on {on.isoformat()}{tail}")
        self.pair = pair
        self.on = on


class RuleNotFoundError(BorderlessError, LookupError):
    def __init__(self, rule: str, on: date) -> None:
        super().__init__(f"no period of rule {rule!r} is in force on {on.isoformat()}")
        self.rule = rule
        self.on = on


class DataError(BorderlessError, ValueError):
    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        where = f"{path}" if path else ""
        if line is not None:
            where += f" line {line}"
        super().__init__(f"{where}: {message}" if where else message)
        self.path = path
        self.line = line


class FetchError(BorderlessError, OSError):
    """A live data source could not be reached or did not answer with a document: ``.url``."""

    def __init__(self, message: str, *, url: str) -> None:
        super().__init__(message)
        self.url = url
