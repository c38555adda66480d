# The official SDK's examples/mistral/chat/async_structured_outputs.py, written again for this
# client: only the import of the client differs.
import asyncio
import os

from pydantic import BaseModel

from mistralkit import Mistral


async def main():
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

    class Explanation(BaseModel):
        explanation: str
        output: str

    class MathDemonstration(BaseModel):
        steps: list[Explanation]
        final_answer: str

    chat_response = await client.chat.parse_async(
        model="mistral-large-2411",
        messages=[
            {"role": "system", "content": "You are a math tutor: give the steps of the solution, then the answer."},
            {"role": "user", "content": "How can I solve 8x + 7 = -23"},
        ],
        response_format=MathDemonstration,
    )
    print(chat_response.choices[0].message.parsed)


if __name__ == "__main__":
    asyncio.run(main())
