"""Where a streamed Markdown answer may be cut into finished blocks."""

from mistralkit.cli.render import split_blocks


def test_blocks_end_at_blank_lines_outside_code_fences():
    assert split_blocks("# Title\n\nA paragraph") == ("# Title\n\n", "A paragraph")
    assert split_blocks("no blank line yet\n") == ("", "no blank line yet\n")
    fenced = "Intro\n\n```python\nx = 1\n\ny = 2\n"
    assert split_blocks(fenced) == ("Intro\n\n", "```python\nx = 1\n\ny = 2\n")
    closed = fenced + "```\n\nAfter"
    assert split_blocks(closed) == (fenced + "```\n\n", "After")
    # The last line may still grow: a blank line is only known once the next line starts.
    assert split_blocks("para\n") == ("", "para\n")
