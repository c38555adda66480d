import asyncio
import os

from mistralkit.client import Mistral


def main() -> None:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    models = client.models.list()
    ids = [m.id for m in models.data]
    assert "mistral-small-latest" in ids
    same = asyncio.run(client.models.list_async())
    assert [m.id for m in same.data] == ids
    card = client.models.retrieve(model_id="mistral-small-latest")
    assert card.id == "mistral-small-latest"
    print(len(ids), "models")


if __name__ == "__main__":
    main()
