import json
import os

from mistralkit.client import Mistral
from mistralkit.client.models import (
    AssistantMessage,
    ChatCompletionRequestMessage,
    Function,
    Tool,
    ToolMessage,
    UserMessage,
)
from mistralkit.client.models.chatcompletionrequest import ChatCompletionRequestTool

STATUS = {"T1001": "Paid", "T1002": "Unpaid"}


def payment_status(transaction_id: str) -> str:
    return json.dumps({"status": STATUS.get(transaction_id, "unknown")})


tools: list[ChatCompletionRequestTool] = [
    Tool(
        function=Function(
            name="payment_status",
            description="Get the payment status of a transaction",
            parameters={
                "type": "object",
                "required": ["transaction_id"],
                "properties": {"transaction_id": {"type": "string", "description": "The transaction id."}},
            },
        ),
    )
]


def main() -> None:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    messages: list[ChatCompletionRequestMessage] = [UserMessage(content="What's the status of my transaction T1001?")]
    response = client.chat.complete(model="mistral-large-latest", messages=messages, tools=tools, tool_choice="any")
    call = response.choices[0].message.tool_calls[0]
    assert call.function.name == "payment_status"
    arguments = call.function.arguments
    arguments = json.loads(arguments) if isinstance(arguments, str) else arguments
    messages.append(AssistantMessage(content=response.choices[0].message.content, tool_calls=[call]))
    messages.append(ToolMessage(name=call.function.name, content=payment_status(**arguments), tool_call_id=call.id))
    final = client.chat.complete(model="mistral-large-latest", messages=messages, tools=tools)
    assert final.choices[0].message.content
    print(final.choices[0].message.content)


if __name__ == "__main__":
    main()
