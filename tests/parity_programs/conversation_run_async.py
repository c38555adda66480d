import asyncio
import os

from mistralkit.client import Mistral
from mistralkit.client.types import BaseModel
from mistralkit.extra.run.context import RunContext

MODEL = "mistral-medium-latest"


class Forecast(BaseModel):
    city: str
    summary: str


async def main() -> None:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    calls = []

    async with RunContext(model=MODEL, output_format=Forecast) as run_ctx:

        @run_ctx.register_func
        def get_weather(city: str) -> str:
            """Get today's weather in a city.

            Args:
                city: The name of the city.
            """
            calls.append(city)
            return f"Sunny and 24 degrees in {city}"

        result = await client.beta.conversations.run_async(
            run_ctx=run_ctx,
            inputs=[{"role": "user", "content": "What is the weather in Paris? Use get_weather."}],
        )
        forecast = result.output_as_model
        assert isinstance(forecast, Forecast), forecast
        print(f"{forecast.city}: {forecast.summary} (tools called: {calls})")


if __name__ == "__main__":
    asyncio.run(main())
