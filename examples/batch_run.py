"""Run many requests through the Batch API and read the results in input order.

Run it twice: with a state file, the second run finds the finished jobs and submits nothing again.
"""

import sys

from mistralkit import Mistral


def requests():
    # Any iterable works; a generator keeps memory flat however many requests there are.
    for i in range(50):
        yield {"messages": [{"role": "user", "content": f"Give me a fun fact about the number {i}."}], "max_tokens": 64}


state_file = sys.argv[1] if len(sys.argv) > 1 else None

with Mistral() as client:
    failed = 0
    for result in client.batch.run(requests(), model="mistral-small-latest", state_file=state_file, progress=True):
        if result.error:
            failed += 1
            print(result.index, "failed:", result.error.message)
        elif result.index < 3:
            print(result.index, result.response.choices[0].message.content[:60])
    print("done,", failed, "failed")
