"""Wait for a batch job, with a progress bar (pip install 'mistralkit[progress]')."""

from mistralkit import Mistral
from mistralkit.lib import JobFailedError

requests = [{"custom_id": str(i), "body": {"messages": [{"role": "user", "content": f"Say {i}"}]}} for i in range(20)]

with Mistral() as client:
    job = client.batch.jobs.create(endpoint="/v1/chat/completions", model="mistral-small-latest", requests=requests)
    try:
        job = client.batch.jobs.wait(job.id, timeout=600, progress=True)
    except JobFailedError as error:
        print("the job failed:", error.status)
        raise
    print(job.status, job.succeeded_requests, "of", job.total_requests)
