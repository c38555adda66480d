import asyncio
import os

from mistralkit.client import Mistral
from mistralkit.client.models import UserMessage


async def main() -> None:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    response = await client.chat.stream_async(
        model="mistral-small-latest",
        messages=[UserMessage(content="What is the best French cheese?")],
    )
    assert response
    text = ""
    async for chunk in response:
        if chunk.data.choices[0].delta.content is not None:
            text += chunk.data.choices[0].delta.content
    assert text
    print(text)


if __name__ == "__main__":
    asyncio.run(main())
