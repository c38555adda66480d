import os

from mistralkit.client import Mistral


def main() -> None:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    messages = [{"role": "user", "content": "Count to five."}]
    pieces = []
    with client.chat.stream(model="mistral-small-latest", messages=messages) as stream:
        for chunk in stream:
            content = chunk.data.choices[0].delta.content
            if content is not None:
                pieces.append(content)
    whole = client.chat.complete(model="mistral-small-latest", messages=messages)
    assert "".join(pieces) == whole.choices[0].message.content
    print("".join(pieces))


if __name__ == "__main__":
    main()
