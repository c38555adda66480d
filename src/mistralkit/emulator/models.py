"""``/v1/models``: list, retrieve, delete.

Built-in models cannot be deleted (403); unknown ids are 404.  Fine-tuned
models of this emulator instance (see :mod:`.fine_tuning`) are listed after the
built-in ones as ``FTModelCard`` and can be deleted.
"""

from __future__ import annotations

from starlette.responses import Response

from . import models_catalog as catalog
from .errors import APIError, not_found
from .responses import json_response
from .routes import Call


async def list_models(call: Call) -> Response:
    custom = [card for provider in catalog.providers(call.state) for card in provider.cards()]
    return json_response({"object": "list", "data": catalog.all_cards() + custom})


async def retrieve_model(call: Call) -> Response:
    model_id = call.path["model_id"]
    if catalog.lookup(model_id) is None:
        for provider in catalog.providers(call.state):
            if (found := provider.card(model_id)) is not None:
                return json_response(found)
        raise not_found(f"Model not found: {model_id}")
    return json_response(catalog.card(model_id))


async def delete_model(call: Call) -> Response:
    model_id = call.path["model_id"]
    if catalog.lookup(model_id) is None:
        if any(provider.delete(model_id) for provider in catalog.providers(call.state)):
            return json_response({"id": model_id, "object": "model", "deleted": True})
        raise not_found(f"Model not found: {model_id}")
    raise APIError(
        403,
        f"Model {model_id} is a base model and cannot be deleted; only fine-tuned models can be deleted",
        type="forbidden",
    )
