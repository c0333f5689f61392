"""`commstrat lsp` driven end to end by pytest-lsp, which starts the server
as an editor would (a subprocess speaking JSON-RPC over stdio).

Run by .ci/run:
    COMMSTRAT=target/release/commstrat pytest tests/lsp_client
"""

import os
import pathlib

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = pathlib.Path(__file__).resolve().parents[2]
COMMSTRAT = os.environ.get("COMMSTRAT", str(ROOT / "target/release/commstrat"))
STARTER = (ROOT / "src/starter.toml").read_text(encoding="utf-8")
OUT_OF_HOURS = (
    'out_of_hours_reply = "Thanks {{ follower }}! '
    "We're away right now: {{ availability }}\"\n"
)


def broken() -> str:
    """The starter with a promise gap (no out-of-hours reply) and an unknown role."""
    text = STARTER.replace(OUT_OF_HOURS, "")
    text = text.replace(
        'owner = "community"\nrespond_within', 'owner = "comunity"\nrespond_within'
    )
    assert text != STARTER
    return text


def position(text: str, needle: str, shift: int = 0) -> types.Position:
    """The LSP position (UTF-16 characters) of `needle` in `text`, plus `shift`."""
    offset = text.index(needle) + shift
    before = text[:offset]
    line = before.count("\n")
    start = before.rfind("\n") + 1
    character = len(before[start:].encode("utf-16-le")) // 2
    return types.Position(line=line, character=character)


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[COMMSTRAT, "lsp"]))
async def client(lsp_client: LanguageClient, tmp_path: pathlib.Path):
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=tmp_path.as_uri(),
        )
    )
    yield
    await lsp_client.shutdown_session()


async def opened(client: LanguageClient, path: pathlib.Path, text: str, language: str):
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id=language, version=1, text=text
            )
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return uri


async def changed(client: LanguageClient, uri: str, text: str, version: int):
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)


async def test_a_strategy_in_the_editor(client: LanguageClient, tmp_path: pathlib.Path):
    text = broken()
    uri = await opened(client, tmp_path / "strategy.toml", text, "toml")

    # The promise gap and the unknown reference, each with its range.
    found = client.diagnostics[uri]
    assert [d.code for d in found] == ["CS205", "CS111"], found
    gap, unknown = found
    assert gap.range.start == position(text, '"2h"')
    assert unknown.range.start == position(text, '"comunity"')
    assert unknown.range.end == position(text, '"comunity"', len('"comunity"'))
    assert "comunity" in unknown.message and "community" in unknown.message

    # Fixed, they go.
    fixed = STARTER
    await changed(client, uri, fixed, 2)
    assert list(client.diagnostics[uri]) == []

    doc = types.TextDocumentIdentifier(uri=uri)
    # Hover on a key, on a reference and on a rule name.
    key = await client.text_document_hover_async(
        types.HoverParams(text_document=doc, position=position(fixed, "response_time", 2))
    )
    assert "First-response target" in key.contents.value
    reference = await client.text_document_hover_async(
        types.HoverParams(
            text_document=doc, position=position(fixed, 'schedule = "office"', 13)
        )
    )
    assert "[[schedules]]" in reference.contents.value
    assert 'id = "office"' in reference.contents.value
    rule = await client.text_document_hover_async(
        types.HoverParams(
            text_document=doc, position=position(fixed, "gap-over-messaging-window", 3)
        )
    )
    assert rule.contents.value.startswith("**CS206**")

    # Definition: the schedule's id.
    definition = await client.text_document_definition_async(
        types.DefinitionParams(
            text_document=doc, position=position(fixed, 'schedule = "office"', 13)
        )
    )
    assert definition.range.start == position(fixed, 'id = "office"', 5)

    # Completion of roles where a role is expected.
    typing = fixed.replace(
        'owner = "community"\nrespond_within', 'owner = "\nrespond_within', 1
    )
    await changed(client, uri, typing, 3)
    items = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=doc, position=position(typing, 'owner = "\nrespond_within', 9)
        )
    )
    labels = [i.label for i in (items.items if hasattr(items, "items") else items)]
    assert labels == ["community", "lead"]


async def test_a_draft_and_its_code_action(client: LanguageClient, tmp_path: pathlib.Path):
    (tmp_path / "strategy.toml").write_text(
        (ROOT / "tests/fixtures/lint/strategy.toml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    (tmp_path / "commstrat.toml").write_text(
        '[lint]\nstrategy = "strategy.toml"\ndrafts = ["drafts"]\n', encoding="utf-8"
    )
    (tmp_path / "drafts").mkdir()
    text = "---\nnetwork: instagram\n---\nYou can utilize the app to track it.\n— Sam\n"
    path = tmp_path / "drafts/reply.md"
    path.write_text(text, encoding="utf-8")
    uri = await opened(client, path, text, "markdown")

    found = client.diagnostics[uri]
    assert [d.code for d in found] == ["CS901"], found
    assert found[0].range.start == position(text, "utilize")

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=found[0].range,
            context=types.CodeActionContext(diagnostics=list(found)),
        )
    )
    assert len(actions) == 1
    action = actions[0]
    assert '"use"' in action.title
    (edit,) = action.edit.changes[uri]

    # Apply it as the editor would: the finding goes.
    lines = text.splitlines(keepends=True)

    def offset(p: types.Position) -> int:
        start = sum(len(line) for line in lines[: p.line])
        units = 0
        for i, ch in enumerate(text[start:]):
            if units >= p.character or ch == "\n":
                return start + i
            units += len(ch.encode("utf-16-le")) // 2
        return len(text)

    fixed = text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]
    assert "You can use the app" in fixed
    await changed(client, uri, fixed, 2)
    assert list(client.diagnostics[uri]) == []
