import asyncio
import os

from mistralkit.client import Mistral
from mistralkit.client.models import UserMessage


async def main() -> None:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    response = await client.chat.complete_async(
        model="mistral-small-latest",
        messages=[UserMessage(content="Name a river in France.")],
    )
    assert response.choices[0].message.content
    print(response.choices[0].message.content)


if __name__ == "__main__":
    asyncio.run(main())
    asyncio.run(main())  # a second event loop works as well
