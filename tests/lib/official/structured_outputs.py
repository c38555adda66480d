# The official SDK's examples/mistral/chat/structured_outputs.py, written again for this client:
# same calls and flow, only the import of the client differs.
import os

from pydantic import BaseModel

from mistralkit import Mistral


def main():
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

    class Explanation(BaseModel):
        explanation: str
        output: str

    class MathDemonstration(BaseModel):
        steps: list[Explanation]
        final_answer: str

    messages = [
        {"role": "system", "content": "You are a math tutor: give the steps of the solution, then the answer."},
        {"role": "user", "content": "How can I solve 8x + 7 = -23"},
    ]
    chat_response = client.chat.parse(model="mistral-large-latest", messages=messages, response_format=MathDemonstration)
    print(chat_response.choices[0].message.parsed)

    with client.chat.parse_stream(model="mistral-large-latest", messages=messages, response_format=MathDemonstration) as stream:
        for chunk in stream:
            print(chunk.data.choices[0].delta.content, end="")


if __name__ == "__main__":
    main()
