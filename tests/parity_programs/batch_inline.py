import os
import time

from mistralkit.client import Mistral
from mistralkit.client.models import BatchRequest, UserMessage


def main() -> None:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    requests = [
        BatchRequest(custom_id=str(i), body={"max_tokens": 32, "messages": [UserMessage(content=f"Count to {i}").model_dump()]})
        for i in range(3)
    ]
    job = client.batch.jobs.create(requests=requests, model="mistral-small-latest", endpoint="/v1/chat/completions")
    deadline = time.monotonic() + 30
    while job.status in ("QUEUED", "RUNNING") and time.monotonic() < deadline:
        time.sleep(0.05)
        job = client.batch.jobs.get(job_id=job.id, inline=True)
    assert job.status == "SUCCESS", job.status
    print(job.succeeded_requests, "requests done")


if __name__ == "__main__":
    main()
