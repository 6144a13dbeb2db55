import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';

/**
 * Does the project's schema contain the contract? Every type, field, argument, input field and
 * enum value of the contract must exist with the same or a compatible type: an output may be
 * stricter (non-null where the contract allows null), an input may be looser (nullable where the
 * contract requires a value), and anything the project adds to an input or a field's arguments
 * must be optional. 检查项目 schema 是否包含公共契约。
 */
export interface ContractProblem {
  /** `Type`, `Type.field`, `Type.field(arg)` or `Enum.VALUE`. */
  path: string;
  message: string;
}

type Variance = 'output' | 'input';

function compatible(contract: GraphQLType, project: GraphQLType, variance: Variance): boolean {
  if (isNonNullType(contract) && isNonNullType(project)) return compatible(contract.ofType, project.ofType, variance);
  if (variance === 'output' && isNonNullType(project)) return compatible(contract, project.ofType, variance);
  if (variance === 'input' && isNonNullType(contract)) return compatible(contract.ofType, project, variance);
  if (isNonNullType(contract) || isNonNullType(project)) return false;
  if (isListType(contract) && isListType(project)) return compatible(contract.ofType, project.ofType, variance);
  if (isListType(contract) || isListType(project)) return false;
  return (contract as GraphQLNamedType).name === (project as GraphQLNamedType).name;
}

function kindOf(type: GraphQLNamedType): string {
  if (isObjectType(type)) return 'object';
  if (isInterfaceType(type)) return 'interface';
  if (isInputObjectType(type)) return 'input';
  if (isEnumType(type)) return 'enum';
  if (isUnionType(type)) return 'union';
  if (isScalarType(type)) return 'scalar';
  return 'unknown';
}

export function checkConformance(contract: GraphQLSchema, project: GraphQLSchema): ContractProblem[] {
  const problems: ContractProblem[] = [];
  for (const type of Object.values(contract.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const mine = project.getType(type.name);
    if (!mine) {
      problems.push({ path: type.name, message: `missing ${kindOf(type)} type` });
      continue;
    }
    if (kindOf(mine) !== kindOf(type)) {
      problems.push({ path: type.name, message: `is a ${kindOf(mine)}, the contract has a ${kindOf(type)}` });
      continue;
    }
    if ((isObjectType(type) || isInterfaceType(type)) && (isObjectType(mine) || isInterfaceType(mine))) {
      const interfaces = new Set(mine.getInterfaces().map((i) => i.name));
      for (const i of type.getInterfaces()) {
        if (!interfaces.has(i.name)) problems.push({ path: type.name, message: `does not implement ${i.name}` });
      }
      const fields = mine.getFields();
      for (const field of Object.values(type.getFields())) checkField(type.name, field, fields[field.name], problems);
    }
    if (isInputObjectType(type) && isInputObjectType(mine)) {
      const fields = mine.getFields();
      for (const field of Object.values(type.getFields())) {
        checkInput(`${type.name}.${field.name}`, field, fields[field.name], problems);
      }
      for (const extra of Object.values(fields)) {
        if (!type.getFields()[extra.name] && isNonNullType(extra.type) && extra.defaultValue === undefined) {
          problems.push({ path: `${type.name}.${extra.name}`, message: 'added input field must be optional' });
        }
      }
    }
    if (isEnumType(type) && isEnumType(mine)) {
      const values = new Set(mine.getValues().map((v) => v.name));
      for (const v of type.getValues()) {
        if (!values.has(v.name)) problems.push({ path: `${type.name}.${v.name}`, message: 'missing enum value' });
      }
    }
  }
  return problems;
}

function checkField(
  typeName: string,
  field: GraphQLField<unknown, unknown>,
  mine: GraphQLField<unknown, unknown> | undefined,
  problems: ContractProblem[],
): void {
  const path = `${typeName}.${field.name}`;
  if (!mine) {
    problems.push({ path, message: 'missing field' });
    return;
  }
  if (!compatible(field.type, mine.type, 'output')) {
    problems.push({ path, message: `type ${String(mine.type)} is not compatible with ${String(field.type)}` });
  }
  for (const arg of field.args) {
    const own = mine.args.find((a) => a.name === arg.name);
    checkInput(`${path}(${arg.name})`, arg, own, problems);
  }
  for (const extra of mine.args) {
    if (!field.args.some((a) => a.name === extra.name) && isNonNullType(extra.type) && extra.defaultValue === undefined) {
      problems.push({ path: `${path}(${extra.name})`, message: 'added argument must be optional' });
    }
  }
}

function checkInput(
  path: string,
  contract: Pick<GraphQLInputField, 'type' | 'defaultValue'>,
  mine: Pick<GraphQLInputField, 'type' | 'defaultValue'> | undefined,
  problems: ContractProblem[],
): void {
  if (!mine) {
    problems.push({ path, message: 'missing argument or input field' });
    return;
  }
  if (!compatible(contract.type, mine.type, 'input')) {
    problems.push({ path, message: `type ${String(mine.type)} is not compatible with ${String(contract.type)}` });
  }
  if (contract.defaultValue !== undefined && JSON.stringify(mine.defaultValue) !== JSON.stringify(contract.defaultValue)) {
    problems.push({ path, message: `default ${JSON.stringify(mine.defaultValue)} differs from ${JSON.stringify(contract.defaultValue)}` });
  }
}
