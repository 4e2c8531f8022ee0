"""JSON over HTTP for the remote backends, with retries on 429 and 5xx and clear errors.

Standard library only (urllib). ``Retry-After`` (seconds) is honoured up to ``max_wait``; otherwise
the wait doubles from ``backoff`` seconds. 401/403 mean a bad key and are not retried.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from borderless.translate.model import BackendError

__all__ = ["HttpClient"]


@dataclass
class HttpClient:
    backend: str
    retries: int = 3
    backoff: float = 1.0
    max_wait: float = 30.0
    timeout: float = 60.0
    sleep: Callable[[float], None] = field(default=time.sleep)

    def post_json(self, url: str, payload: Mapping[str, Any], headers: Mapping[str, str]) -> Any:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        all_headers = {"Content-Type": "application/json", "Accept": "application/json", **headers}
        attempt = 0
        while True:
            request = urllib.request.Request(url, data=body, headers=all_headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    raw = response.read()
                break
            except urllib.error.HTTPError as error:
                status = error.code
                detail = _detail(error)
                if status in (401, 403):
                    raise BackendError(
                        self.backend, f"the server refused the API key (HTTP {status}){detail}", status=status
                    ) from None
                if (status == 429 or status >= 500) and attempt < self.retries:
                    self.sleep(self._wait(attempt, error.headers.get("Retry-After")))
                    attempt += 1
                    continue
                if status == 429:
                    raise BackendError(
                        self.backend, f"rate limited (HTTP 429) after {attempt + 1} attempts{detail}", status=status
                    ) from None
                if status >= 500:
                    raise BackendError(
                        self.backend,
                        f"server error (HTTP {status}) after {attempt + 1} attempts{detail}",
                        status=status,
                    ) from None
                raise BackendError(self.backend, f"request rejected (HTTP {status}){detail}", status=status) from None
            except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
                reason = getattr(error, "reason", error)
                if attempt < self.retries:
                    self.sleep(self._wait(attempt, None))
                    attempt += 1
                    continue
                raise BackendError(self.backend, f"cannot reach {url}: {reason}") from None
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise BackendError(self.backend, f"the answer from {url} is not JSON") from None

    def _wait(self, attempt: int, retry_after: str | None) -> float:
        if retry_after:
            try:
                return min(max(float(retry_after), 0.0), self.max_wait)
            except ValueError:
                pass
        return float(min(self.backoff * (2**attempt), self.max_wait))


def _detail(error: urllib.error.HTTPError) -> str:
    try:
        text = error.read().decode("utf-8", errors="replace").strip()
    except OSError:
        return ""
    if not text:
        return ""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return f": {text[:200]}"
    if isinstance(data, dict):
        message = data.get("message") or data.get("error")
        if isinstance(message, dict):
            message = message.get("message")
        if message:
            return f": {str(message)[:200]}"
    return f": {text[:200]}"
