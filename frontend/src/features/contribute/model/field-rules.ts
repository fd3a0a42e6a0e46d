// backend/src/graphql/client-contract.test.ts reads the web app's rule list at this path; the list lives
// with the form kit that words the rules.
export { FIELD_RULES, RULE_MESSAGES } from '../../../shared/forms/field-rules';
