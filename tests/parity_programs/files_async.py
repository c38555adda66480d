import asyncio
import os

from mistralkit.client import Mistral
from mistralkit.client.models import File

TRAINING = b'{"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]}\n'


async def main() -> None:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    created = await client.files.upload_async(file=File(file_name="training_file.jsonl", content=TRAINING))
    assert created.filename == "training_file.jsonl"
    files = await client.files.list_async()
    assert created.id in [f.id for f in files.data]
    retrieved = await client.files.retrieve_async(file_id=created.id)
    assert retrieved.size_bytes == len(TRAINING)
    deleted = await client.files.delete_async(file_id=created.id)
    assert deleted.deleted
    print(created.id, "uploaded, listed, retrieved and deleted")


if __name__ == "__main__":
    asyncio.run(main())
