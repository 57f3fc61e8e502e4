/** The parsed form of a JQL query. */

export type Operator = '=' | '!=' | '>' | '>=' | '<' | '<=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

export type Operand =
  | { kind: 'value'; value: string }
  | { kind: 'list'; values: Operand[] }
  | { kind: 'function'; name: string; args: string[] }
  | { kind: 'empty' };

export type Clause =
  | { kind: 'and' | 'or'; clauses: Clause[] }
  | { kind: 'not'; clause: Clause }
  | { kind: 'term'; field: string; operator: Operator; operand: Operand };

export interface OrderTerm {
  field: string;
  direction: 'asc' | 'desc' | undefined;
}

export interface JqlQuery {
  where: Clause | undefined;
  orderBy: OrderTerm[];
}
