// Which files under a notes folder are read: the same rule for the CLI and the extension.

/** Hidden folders (.git, .obsidian, …) and node_modules are never notes. */
export function isSearchedFolder(name: string): boolean {
  return !name.startsWith('.') && name !== 'node_modules';
}

export function isNoteFileName(name: string): boolean {
  return !name.startsWith('.') && name.toLowerCase().endsWith('.md');
}
