import os

from mistralkit.client import Mistral


def main() -> None:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    response = client.embeddings.create(model="mistral-embed", inputs=["What is the best French cheese?"] * 3)
    assert len(response.data) == 3
    assert response.data[0].embedding == response.data[1].embedding  # same text, same vector
    print(len(response.data[0].embedding), "dimensions")


if __name__ == "__main__":
    main()
