"""Servers that run in a background thread for a ``with`` block (the mock, the receiver)."""

from types import TracebackType
from typing import Self


class Background:
    """``with thing:`` starts it and stops it, whatever happens in the block."""

    def start(self) -> Self:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
