# The official SDK's examples/mistral/agents/async_conversation_run.py, written again for this
# client: only the imports differ.
import asyncio
import os

from pydantic import BaseModel

from mistralkit import Mistral
from mistralkit.lib.run import RunContext

MODEL = "mistral-medium-latest"


async def main():
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

    class MathResult(BaseModel):
        answer: int

    async with RunContext(model=MODEL, output_format=MathResult) as run_ctx:
        run_result = await client.beta.conversations.run_async(
            run_ctx=run_ctx,
            inputs=[{"role": "user", "content": "What is 2 + 2?"}],
        )
        print(f"Result: {run_result.output_as_model}")


if __name__ == "__main__":
    asyncio.run(main())
