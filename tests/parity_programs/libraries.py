import os

from mistralkit.client import Mistral
from mistralkit.client.models import File

TEXT = b"# Lorem ipsum\n\nDolor sit amet, consectetur adipiscing elit.\n"


def main() -> None:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    library = client.beta.libraries.create(name="My API Library")
    uploaded = client.beta.libraries.documents.upload(
        library_id=library.id, file=File(file_name="lorem_ipsum.md", content=TEXT)
    )
    documents = client.beta.libraries.documents.list(library_id=library.id).data
    assert [d.id for d in documents] == [uploaded.id]
    retrieved = client.beta.libraries.documents.get(library_id=library.id, document_id=uploaded.id)
    assert retrieved.name == "lorem_ipsum.md"
    status = client.beta.libraries.documents.status(library_id=library.id, document_id=uploaded.id)
    assert status.document_id == uploaded.id
    client.beta.libraries.documents.delete(library_id=library.id, document_id=uploaded.id)
    client.beta.libraries.delete(library_id=library.id)
    print("library round trip done")


if __name__ == "__main__":
    main()
