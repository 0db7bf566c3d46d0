/** Where a CLI command writes: stdout and stderr in a terminal, buffers in tests. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}
