import asyncio
import os

from mistralkit.client import Mistral


async def main() -> None:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    prompt = "def fibonacci(n: int):"
    suffix = "n = int(input('Enter a number: '))\nprint(fibonacci(n))"
    response = await client.fim.complete_async(model="codestral-latest", prompt=prompt, suffix=suffix)
    middle = response.choices[0].message.content
    assert middle
    print(f"{prompt}\n{middle}\n{suffix}")


if __name__ == "__main__":
    asyncio.run(main())
