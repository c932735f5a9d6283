"""Exception tree. Every message starts with a searchable code.

    FlashpointError
    ├── InputError        [E1xx] a file or record cannot be read
    ├── DataError         [E2xx] a project or user data file is malformed
    ├── StoreError        [E3xx] the database cannot be opened or written
    └── UsageError        [E4xx] bad command-line or API arguments
"""


class FlashpointError(Exception):
    code = "E000"

    def __init__(self, message: str, code: str | None = None):
        self.code = code or self.code
        super().__init__(f"[{self.code}] {message}")


class InputError(FlashpointError):
    """A file or record that cannot be turned into an article."""

    code = "E100"

    def __init__(self, path: str, reason: str, code: str = "E100"):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}", code)


class DataError(FlashpointError):
    code = "E200"


class StoreError(FlashpointError):
    code = "E300"


class UsageError(FlashpointError):
    code = "E400"
