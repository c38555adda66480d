import os

from mistralkit.client import Mistral
from mistralkit.client.models import SystemMessage, UserMessage


def main() -> None:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    response = client.chat.complete(
        model="mistral-small-latest",
        messages=[
            SystemMessage(content="Answer in one sentence."),
            UserMessage(content="What is the best French cheese?"),
        ],
        temperature=0.2,
        max_tokens=64,
    )
    answer = response.choices[0].message.content
    assert isinstance(answer, str) and answer
    assert response.usage.total_tokens == response.usage.prompt_tokens + response.usage.completion_tokens
    print(answer)


if __name__ == "__main__":
    main()
