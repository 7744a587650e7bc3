"""Train the chat's learned reader and write the model the product ships.

``python -m tests.offline_chat.train_reader`` reads the examples gathered from the development
sets (:data:`~tests.offline_chat.harvest.HARVESTED`), those labelled by hand (:data:`WRITTEN`)
and those made from patterns (:mod:`~tests.offline_chat.reader_generated`), trains
:class:`~todo.domain.assistant.reading_model.ActionModel` on them and writes :data:`MODEL`.
Training is deterministic: the same examples give the same file, which a test checks, so the
shipped model is always the one these examples make. ``--check`` prints the model's accuracy on
a tenth of the examples kept out of its training, and writes nothing.

An example is a line ``action<TAB>titles<TAB>message``: the titles of the user's open tasks,
separated by ``" | "``.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from todo.domain.assistant.reading_model import ActionModel, features, reading_of, train
from todo.services.assistant import reading

from ..conftest import START
from .harvest import HARVESTED
from .reader_generated import generated

WRITTEN = Path(__file__).with_name("reader_written.tsv")
MODEL = Path(reading.__file__).parents[2] / "domain" / "assistant" / "reading_model.json"
TIMEZONE = ZoneInfo("Europe/Berlin")


def examples(now: datetime = START) -> list[tuple[list[str], str]]:
    """Return every example as the model's features and its action."""
    labelled: list[tuple[str, tuple[str, ...], str]] = []
    for path in (HARVESTED, WRITTEN):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            label, titles, message = line.split("\t")
            labelled.append((label, tuple(t for t in titles.split(" | ") if t), message))
    labelled += generated()
    return [
        (features(reading_of(message, titles, now=now, tz=TIMEZONE)), label)
        for label, titles, message in labelled
    ]


def model_json() -> str:
    """Return the model trained on every example, as the file ships it."""
    return json.dumps(train(examples()).as_json(), sort_keys=True, separators=(",", ":")) + "\n"


def _check() -> None:
    every = examples()
    held = every[::10]
    kept = [example for number, example in enumerate(every) if number % 10]
    model = train(kept)
    right = sum(model.predict(found)[0][0] == label for found, label in held)
    print(f"{right}/{len(held)} = {right / len(held):.1%} of the examples kept out")
    for found, label in held:
        guess = model.predict(found)[0]
        if guess[0] != label:
            words = " ".join(f[2:] for f in found if f.startswith("w:"))
            print(f"  {label} read as {guess[0]} ({guess[1]:.2f}): {words}")


if __name__ == "__main__":
    if "--check" in sys.argv:
        _check()
    else:
        MODEL.write_text(model_json(), encoding="utf-8")
        print(f"{MODEL} written ({MODEL.stat().st_size} bytes)")
        assert ActionModel.from_json(json.loads(MODEL.read_text(encoding="utf-8")))
