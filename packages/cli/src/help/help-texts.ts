/**
 * The texts of `tipx --help` and of every command's `--help`, in one language. Command and option
 * names stay in English in every language (they are what a user types); descriptions, section titles,
 * examples and the exit-code table are translated.
 */
export interface HelpTexts {
  /** Commander's section titles, in the order commander prints them. */
  readonly titles: {
    readonly usage: string;
    readonly arguments: string;
    readonly options: string;
    readonly commands: string;
    readonly globalOptions: string;
  };
  /** The word before an option's allowed values in its `(choices: …)` note. */
  readonly choices: string;
  /** The word before an option's default value in its `(default: …)` note. */
  readonly default: string;
  /** `-h, --help`. */
  readonly helpOption: string;
  /** The `help [command]` command. */
  readonly helpCommand: string;
  /** `-V, --version`. */
  readonly version: string;
  /** The line printed after a usage error. */
  readonly afterError: string;
  /** `-l, --lang`, on every command that has it and at the top level. */
  readonly lang: string;
  /** `tipx` itself: its description, its `--format` and `--profile`, and the text after its options. */
  readonly root: {
    readonly description: string;
    readonly format: string;
    readonly profile: string;
    readonly after: string;
  };
  /** `tipx validate`. */
  readonly validate: {
    readonly summary: string;
    readonly description: string;
    readonly files: string;
    readonly format: string;
    readonly profile: string;
    readonly level: string;
    readonly quiet: string;
    readonly maxLineBytes: string;
    readonly encoding: string;
    readonly color: string;
    readonly noColor: string;
    readonly after: string;
  };
  /** `tipx assess`. */
  readonly assess: {
    readonly summary: string;
    readonly description: string;
    readonly files: string;
    readonly instrument: string;
    readonly profile: string;
    readonly format: string;
    readonly out: string;
    readonly after: string;
  };
  /** `tipx redact`. */
  readonly redact: {
    readonly summary: string;
    readonly description: string;
    readonly files: string;
    readonly purpose: string;
    readonly keyFile: string;
    readonly out: string;
    readonly report: string;
    readonly after: string;
  };
  /** `tipx convert`. */
  readonly convert: {
    readonly summary: string;
    readonly description: string;
    readonly input: string;
    readonly from: string;
    readonly to: string;
    readonly mapping: string;
    readonly codebook: string;
    readonly k: string;
    readonly hxl: string;
    readonly out: string;
    readonly report: string;
    readonly format: string;
    readonly after: string;
  };
  /** `tipx template`. */
  readonly template: {
    readonly summary: string;
    readonly description: string;
    readonly xlsform: string;
    readonly xlsx: string;
    readonly form: string;
    readonly lang: string;
    readonly out: string;
    readonly after: string;
  };
  /** `tipx explain`. */
  readonly explain: {
    readonly summary: string;
    readonly description: string;
    readonly code: string;
    readonly list: string;
    readonly format: string;
    readonly after: string;
  };
  /** `tipx codes`. */
  readonly codes: {
    readonly summary: string;
    readonly description: string;
    readonly list: string;
    readonly format: string;
    readonly after: string;
  };
  /** `tipx schema`. */
  readonly schema: {
    readonly summary: string;
    readonly description: string;
    readonly out: string;
    readonly check: string;
    readonly after: string;
  };
  /** `tipx keys` and `tipx keys generate`. */
  readonly keys: {
    readonly summary: string;
    readonly description: string;
    readonly generate: {
      readonly summary: string;
      readonly description: string;
      readonly org: string;
      readonly use: string;
      readonly out: string;
      readonly kid: string;
      readonly force: string;
      readonly after: string;
    };
  };
  /** `tipx sign`. */
  readonly sign: {
    readonly summary: string;
    readonly description: string;
    readonly files: string;
    readonly key: string;
    readonly kid: string;
    readonly alg: string;
    readonly out: string;
    readonly after: string;
  };
  /** `tipx verify`. */
  readonly verify: {
    readonly summary: string;
    readonly description: string;
    readonly files: string;
    readonly trust: string;
    readonly format: string;
    readonly quiet: string;
    readonly after: string;
  };
  /** `tipx encrypt`. */
  readonly encrypt: {
    readonly summary: string;
    readonly description: string;
    readonly files: string;
    readonly to: string;
    readonly out: string;
    readonly after: string;
  };
  /** `tipx decrypt`. */
  readonly decrypt: {
    readonly summary: string;
    readonly description: string;
    readonly files: string;
    readonly key: string;
    readonly out: string;
    readonly after: string;
  };
}
