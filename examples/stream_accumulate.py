"""Streams: print text as it comes, then get the whole response as if it had not been streamed."""

from mistralkit import Mistral

with Mistral() as client:
    messages = [{"role": "user", "content": "Write two sentences about the sea."}]
    with client.chat.stream(model="mistral-small-latest", messages=messages) as stream:
        for text in stream.text_stream:
            print(text, end="", flush=True)
        print()
        final = stream.get_final_response()  # a ChatCompletionResponse
    print("finish reason:", final.choices[0].finish_reason, "| tokens:", final.usage.total_tokens)

    # Tool calls streamed in pieces come back merged.
    weather = {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "The weather in a city.",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        },
    }
    stream = client.chat.stream(
        model="mistral-small-latest", messages=[{"role": "user", "content": "What is the weather in Paris?"}], tools=[weather]
    )
    call = stream.get_final_response().choices[0].message.tool_calls[0]
    print("tool call:", call.function.name, call.function.arguments)
