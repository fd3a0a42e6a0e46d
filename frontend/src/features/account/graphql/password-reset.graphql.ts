import { graphql } from '@/gql';

export const PASSWORD_RESET_BY_EMAIL_QUERY = graphql(`
  query PasswordResetByEmail {
    passwordResetByEmail
  }
`);

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      ...Me_account
    }
  }
`);
