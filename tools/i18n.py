"""The translation catalogues: extract, check, build, and a pseudo-locale for the tests.

    python tools/i18n.py update      # the code's sentences into resources/i18n/*.ts
    python tools/i18n.py check       # fail if a catalogue is behind the code, or unfinished
    python tools/i18n.py build       # resources/i18n/shipturtle_<language>.qm
    python tools/i18n.py pseudo DIR  # DIR/shipturtle_en_XA.qm: every sentence marked

`resources/i18n/shipturtle.ts` lists every sentence in the code with no translation: the
catalogue a new language starts from (README, "Adding a language"). Each
`shipturtle_<language>.ts` beside it is a shipped language and must be complete, except
English (`shipturtle_en.ts`): the code's sentences are English, so it only gives the
singular of each sentence with a count (the code writes the plural).
"""

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
CATALOGUE = "shipturtle"
TEMPLATE = I18N / f"{CATALOGUE}.ts"
PSEUDO = "en_XA"  # the pseudo-locale's name, as Android's; never shipped
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    """The modules whose sentences a merchant reads (app/api and below stay Qt-free)."""
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "app" / "ui").rglob("*.py"))


def catalogues() -> list[Path]:
    return [TEMPLATE, *shipped()]


def shipped() -> list[Path]:
    return sorted(I18N.glob(f"{CATALOGUE}_*.ts"))


def _lupdate(targets: list[Path]) -> None:
    command = [str(BIN / "pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete"]
    subprocess.run(  # noqa: S603 (Qt's tool, our own files)
        [*command, "-ts", *map(str, targets)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL
    )


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    _lupdate(catalogues())


def problems() -> list[str]:
    """What is wrong with the checked-in catalogues; empty when all is well."""
    found = []
    with tempfile.TemporaryDirectory() as temporary:
        copies = {}
        for catalogue in catalogues():
            if not catalogue.exists():
                found.append(f"{catalogue.relative_to(ROOT)} is missing: run make i18n-update")
                continue
            copies[catalogue] = Path(temporary) / catalogue.name
            shutil.copy2(catalogue, copies[catalogue])
        _lupdate(list(copies.values()))
        for catalogue, copy in copies.items():
            if copy.read_bytes() != catalogue.read_bytes():
                found.append(
                    f"{catalogue.relative_to(ROOT)} is not what the code says: "
                    "run make i18n-update (and translate what is new)"
                )
    for catalogue in shipped():
        found += [f"{catalogue.name}: not translated: {text!r}" for text in unfinished(catalogue)]
    return found


def unfinished(catalogue: Path) -> list[str]:
    """The sentences a catalogue has no finished translation for (English: only those with
    a count, whose singular it gives)."""
    english = catalogue.name == f"{CATALOGUE}_en.ts"
    return [
        message.findtext("source") or ""
        for message in ET.parse(catalogue).iter("message")  # noqa: S314 (our own file)
        if (message.get("numerus") == "yes" or not english)
        and (
            (translation := message.find("translation")) is None
            or translation.get("type") in {"unfinished", "obsolete", "vanished"}
        )
    ]


def build(directory: Path = I18N) -> list[Path]:
    built = []
    for catalogue in shipped():
        target = directory / catalogue.with_suffix(".qm").name
        _lrelease(catalogue, target)
        built.append(target)
    return built


def _lrelease(catalogue: Path, target: Path) -> None:
    subprocess.run(  # noqa: S603 (Qt's tool, our own files)
        [str(BIN / "pyside6-lrelease"), str(catalogue), "-qm", str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


# The pseudo-locale: accented, about 40 % longer, and between markers, so that a test can see
# every sentence that did not go through the catalogue, and every one cut off by its room.
OPEN, CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧
_ACCENTED = str.maketrans(
    "abcdeghiklmnoprstuwyzABCDEGHIKLMNOPRSTUWYZ",
    "àƀçđéĝĥîķľɱñöþŕšţûŵýžÀßÇÐÉĜĤÎĶĽṀÑÖÞŔŠŢÛŴÝŽ",
)
# What must reach the code as it is: placeholders, accelerators' next letter, markup, entities.
_KEEP = re.compile(r"%L?\d|%n|%Ln|&[A-Za-z]|<[^>]*>|&[a-z]+;|\{[^}]*\}")


def pseudo(text: str) -> str:
    """ "Sign in" -> "⟦Šîĝñ îñ ~~~⟧": the same placeholders, markup and accelerators."""
    kept = _KEEP.split(text)
    fixed = _KEEP.findall(text)
    out = kept[0].translate(_ACCENTED)
    for token, rest in zip(fixed, kept[1:], strict=True):
        out += token + rest.translate(_ACCENTED)
    letters = sum(ch.isalpha() for ch in text)
    padding = "~" * max(1, round(letters * 0.4))
    return f"{OPEN}{out} {padding}{CLOSE}" if text.strip() else text


def make_pseudo(directory: Path) -> Path:
    """Write the pseudo-locale's catalogue, built from the template, into `directory`."""
    tree = ET.parse(TEMPLATE)  # noqa: S314 (our own file)
    root = tree.getroot()
    root.set("language", PSEUDO)
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):  # English's two forms: one, other
                ET.SubElement(translation, "numerusform").text = pseudo(source)
            translation.text = None
        else:
            translation.text = pseudo(source)
    catalogue = directory / f"shipturtle_{PSEUDO}.ts"
    tree.write(catalogue, encoding="utf-8", xml_declaration=True)
    target = catalogue.with_suffix(".qm")
    _lrelease(catalogue, target)
    return target


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update()
    elif command == "check":
        found = problems()
        sys.stderr.writelines(f"{problem}\n" for problem in found)
        return 1 if found else 0
    elif command == "build":
        build()
    elif command == "pseudo" and len(argv) == 2:
        sys.stdout.write(f"{make_pseudo(Path(argv[1]))}\n")
    else:
        sys.stderr.write(__doc__ or "")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
