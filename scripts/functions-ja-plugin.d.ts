/** Types of scripts/functions-ja-plugin.js (a CommonJS webpack plugin), for the tests. */
import type { Compiler } from "webpack";

export interface HelpSource {
  readonly file: string;
  readonly exportName: string;
}
export interface FunctionsJaPluginOptions {
  readonly input?: string;
  readonly output?: string;
  readonly help?: readonly HelpSource[];
  readonly root?: string;
}
export interface MetadataParameter {
  name: string;
  description?: string;
  [key: string]: unknown;
}
export interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters?: MetadataParameter[];
  [key: string]: unknown;
}
export interface MetadataJson {
  functions: MetadataFunction[];
  [key: string]: unknown;
}
export interface HelpTable {
  readonly [id: string]: { readonly description: string; readonly params: { readonly [param: string]: { readonly name: string; readonly description: string } } };
}

declare class FunctionsJaPlugin {
  constructor(options?: FunctionsJaPluginOptions);
  apply(compiler: Compiler): void;
}
declare namespace FunctionsJaPlugin {
  function buildJaMetadata(metadata: MetadataJson, helpTable: HelpTable): { metadata: MetadataJson; problems: string[] };
}
export = FunctionsJaPlugin;
