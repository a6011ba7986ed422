/**
 * Static checks on the source for localisation, with the TypeScript parser (not regexes,
 * so JSX, templates and comments are told apart correctly):
 *  - `usedMessageKeys`: every key passed to t()/getMessage() (string literals, and both
 *    branches of a conditional), so a test can require each to exist in every locale;
 *  - `userVisibleLiterals`: text a person would see or hear that is written inline instead
 *    of coming from _locales — JSX text, accessible-name and tooltip attributes, DOM text
 *    assignments, and the `text:` option of the content UI's el() helper.
 */
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly rule: string;
}

const TRANSLATE_CALLS = new Set(['t', 'getMessage']);
/** Attributes and properties whose value is read to the user (name, description, tooltip, placeholder). */
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label']);
const VISIBLE_PROPERTIES = new Set(['textContent', 'innerText', 'innerHTML', 'outerHTML', 'title', 'placeholder', 'alt', 'ariaLabel', 'ariaDescription', 'label']);
/** Object-literal options that become text (content/ui/dom.ts `el(tag, { text, attrs })`). */
const VISIBLE_OPTIONS = new Set(['text', ...VISIBLE_ATTRIBUTES]);
const HAS_LETTER = /\p{L}/u;
/** A message key handed around as data (`label: 'detailsSettingConfirm'`), not text: the key test checks those. */
export const KEY_SHAPED = /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/;

export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(?:ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function parse(fileName: string, source: string): ts.SourceFile {
  return ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function calleeName(call: ts.CallExpression): string | null {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return null;
}

/** String literals an expression may evaluate to (through conditionals, ?? and ||). */
function literalValues(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return literalValues(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalValues(node.whenTrue), ...literalValues(node.whenFalse)];
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return [...literalValues(node.left), ...literalValues(node.right)];
  }
  return [];
}

/** Text written inline in an expression: string literals and the literal parts of templates. */
function inlineText(node: ts.Expression): string[] {
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].filter((s) => HAS_LETTER.test(s));
  return literalValues(node).filter((s) => HAS_LETTER.test(s) && !KEY_SHAPED.test(s));
}

export function usedMessageKeys(fileName: string, source: string): string[] {
  const keys: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && TRANSLATE_CALLS.has(calleeName(node) ?? '') && node.arguments[0]) keys.push(...literalValues(node.arguments[0]));
    ts.forEachChild(node, visit);
  };
  visit(parse(fileName, source));
  return keys;
}

export function userVisibleLiterals(fileName: string, source: string): Finding[] {
  const file = parse(fileName, source);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string, rule: string): void => {
    findings.push({ file: fileName, line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim().slice(0, 60), rule });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && HAS_LETTER.test(node.text)) report(node, node.text, 'JSX text');
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      const value = ts.isStringLiteral(node.initializer) ? node.initializer : ts.isJsxExpression(node.initializer) ? node.initializer.expression : undefined;
      for (const text of value ? inlineText(value) : []) report(node, text, `JSX attribute ${node.name.getText(file)}`);
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && VISIBLE_PROPERTIES.has(node.left.name.text)) {
      for (const text of inlineText(node.right)) report(node, text, `assignment to .${node.left.name.text}`);
    }
    if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      const [first, second] = node.arguments;
      if (name === 'setAttribute' && first && second && ts.isStringLiteral(first) && VISIBLE_ATTRIBUTES.has(first.text)) {
        for (const text of inlineText(second)) report(node, text, `setAttribute('${first.text}')`);
      }
      if ((name === 'createTextNode' || name === 'append' || name === 'prepend' || name === 'replaceChildren') && node.arguments.length > 0) {
        for (const argument of node.arguments) for (const text of inlineText(argument)) report(node, text, `${name}() text`);
      }
    }
    if (ts.isPropertyAssignment(node) && VISIBLE_OPTIONS.has(node.name.getText(file).replace(/^['"]|['"]$/g, ''))) {
      for (const text of inlineText(node.initializer)) report(node, text, `option ${node.name.getText(file)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

export function scanDirectory(root: string, dirs: readonly string[], scan: (fileName: string, source: string) => Finding[]): Finding[] {
  return dirs.flatMap((dir) => sourceFiles(join(root, dir)).flatMap((path) => scan(relative(root, path), readFileSync(path, 'utf8'))));
}

const KEY_HOLDER = /(?:label|text|title|message|heading|hint|description|caption)(?:keys?)?$/i;

/**
 * Message keys handed to t() indirectly: key-shaped literals held by a property or constant
 * named like a label or key table (`label: 'detailsSettingConfirm'`, `SOURCE_LABEL_KEYS`), or
 * returned by a function named `…Key` (content/ui/evidence.ts `evidenceKey`).
 */
export function indirectMessageKeys(fileName: string, source: string): string[] {
  const keys: string[] = [];
  const collect = (node: ts.Expression): void => {
    if (ts.isObjectLiteralExpression(node)) {
      for (const property of node.properties) if (ts.isPropertyAssignment(property)) collect(property.initializer);
      return;
    }
    if (ts.isArrayLiteralExpression(node)) {
      for (const element of node.elements) collect(element);
      return;
    }
    keys.push(...literalValues(node).filter((s) => KEY_SHAPED.test(s)));
  };
  const visit = (node: ts.Node, holder: string): void => {
    let name = holder;
    if (ts.isPropertyAssignment(node) || ts.isVariableDeclaration(node) || ts.isFunctionDeclaration(node)) name = node.name?.getText() ?? holder;
    if (ts.isPropertyAssignment(node) && KEY_HOLDER.test(name)) collect(node.initializer);
    if (ts.isVariableDeclaration(node) && node.initializer && /(?:LABEL|TEXT|TITLE|MESSAGE|HEADING|HINT)_?KEYS?$/.test(name)) collect(node.initializer);
    if (ts.isReturnStatement(node) && node.expression && /Key$/.test(holder)) collect(node.expression);
    ts.forEachChild(node, (child) => visit(child, name));
  };
  visit(parse(fileName, source), '');
  return keys;
}
