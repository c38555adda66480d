import asyncio
import os

from mistralkit.client import Mistral

MODEL = "mistral-medium-latest"


async def main() -> None:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    agent = client.beta.agents.create(
        model=MODEL,
        name="Geography agent",
        instructions="Answer questions about geography.",
        description="Knows rivers and mountains.",
    )
    result = await client.beta.conversations.start_async(agent_id=agent.id, inputs="What is the longest river?")
    assert result.outputs
    result = await client.beta.conversations.append_async(
        conversation_id=result.conversation_id, inputs="And the second longest?"
    )
    for entry in result.outputs:
        print(entry)
    history = await client.beta.conversations.get_history_async(conversation_id=result.conversation_id)
    assert len(history.entries) == 4


if __name__ == "__main__":
    asyncio.run(main())
