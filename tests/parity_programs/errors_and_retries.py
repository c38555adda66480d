import os

from mistralkit.client import Mistral
from mistralkit.client.errors import HTTPValidationError, SDKError
from mistralkit.client.utils import BackoffStrategy, RetryConfig


def main() -> None:
    client = Mistral(
        api_key=os.environ["MISTRAL_API_KEY"],
        retry_config=RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 5_000), retry_connection_errors=True),
    )
    try:
        client.files.retrieve(file_id="00000000-0000-4000-8000-000000000000")
    except SDKError as e:
        assert e.status_code == 404
        print("not found:", e.message)
    else:
        raise AssertionError("expected an SDKError")
    try:
        client.files.retrieve(file_id="not-a-uuid", retries=None, timeout_ms=10_000)
    except HTTPValidationError as e:
        assert e.status_code == 422
        print("invalid:", e.message)
    else:
        raise AssertionError("expected an HTTPValidationError")


if __name__ == "__main__":
    main()
