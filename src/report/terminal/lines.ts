/** Collects output lines; text that spans lines keeps its indentation on every line. */
export class Lines {
  private readonly out: string[] = [];

  add(indent: number, text: string): this {
    const pad = ' '.repeat(indent);
    for (const part of text.split('\n')) this.out.push(part === '' ? '' : pad + part);
    return this;
  }

  blank(): this {
    if (this.out.length > 0 && this.out[this.out.length - 1] !== '') this.out.push('');
    return this;
  }

  more(indent: number, hidden: number, hint = ''): this {
    return hidden > 0 ? this.add(indent, `... and ${hidden} more${hint}`) : this;
  }

  toString(): string {
    return this.out.join('\n').replace(/\n+$/, '') + '\n';
  }
}
