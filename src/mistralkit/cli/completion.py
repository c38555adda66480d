"""``mistralkit completion SHELL``: the shell completion script."""

from __future__ import annotations

import click
from click.shell_completion import get_completion_class

SHELLS = ("bash", "zsh", "fish")
INSTALL = {
    "bash": 'eval "$(mistralkit completion bash)"      # in ~/.bashrc',
    "zsh": 'eval "$(mistralkit completion zsh)"       # in ~/.zshrc',
    "fish": "mistralkit completion fish > ~/.config/fish/completions/mistralkit.fish",
}


@click.command()
@click.argument("shell", type=click.Choice(SHELLS))
def completion(shell: str) -> None:
    """Print the completion script for SHELL (bash, zsh or fish).

    \b
    bash: eval "$(mistralkit completion bash)"      (in ~/.bashrc)
    zsh:  eval "$(mistralkit completion zsh)"       (in ~/.zshrc)
    fish: mistralkit completion fish > ~/.config/fish/completions/mistralkit.fish
    """
    from .app import cli

    cls = get_completion_class(shell)
    if cls is None:  # pragma: no cover - click ships all three
        raise click.UsageError(f"no completion for {shell}")
    click.echo(cls(cli, {}, "mistralkit", "_MISTRALKIT_COMPLETE").source())
