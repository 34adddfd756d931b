import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fieldAria } from './field';
import { SelectField } from './select-field';
import { TextAreaField } from './text-area-field';
import { PasswordField, TextField } from './text-field';

describe('fieldAria', () => {
  it('points at the hint and the error that are shown, and marks an error invalid', () => {
    expect(fieldAria('bio', 'Short', 'Too long')).toEqual({
      'aria-invalid': true,
      'aria-describedby': 'bio-hint bio-error',
    });
    expect(fieldAria('bio', 'Short', undefined)).toEqual({
      'aria-invalid': undefined,
      'aria-describedby': 'bio-hint',
    });
    expect(fieldAria('bio', undefined, undefined)).toEqual({
      'aria-invalid': undefined,
      'aria-describedby': undefined,
    });
  });
});

describe('fields', () => {
  it.each([
    [
      'text',
      <TextField key="text" id="f" name="f" label="Name" hint="As people know you" error="Required" />,
    ],
    [
      'password',
      <PasswordField
        key="password"
        id="f"
        name="f"
        label="Name"
        hint="As people know you"
        error="Required"
      />,
    ],
    [
      'text area',
      <TextAreaField key="area" id="f" label="Name" hint="As people know you" error="Required" />,
    ],
    [
      'select',
      <SelectField
        key="select"
        id="f"
        label="Name"
        hint="As people know you"
        error="Required"
        options={[]}
      />,
    ],
  ])('ties the %s control to its label, hint and error', (_, field) => {
    render(field);
    const control = screen.getByLabelText('Name');
    expect(control).toHaveAttribute('id', 'f');
    expect(control).toHaveAttribute('aria-invalid', 'true');
    expect(control).toHaveAccessibleDescription('As people know you Required');
    expect(control.closest('.field')).toHaveClass('field--invalid');
  });

  it('leaves a valid control without an error or a description it does not have', () => {
    render(<TextField id="f" name="f" label="Name" className="wide" />);
    const control = screen.getByLabelText('Name');
    expect(control).not.toHaveAttribute('aria-invalid');
    expect(control).not.toHaveAttribute('aria-describedby');
    expect(control.closest('.field')).toHaveClass('field', 'wide');
    expect(control.closest('.field')).not.toHaveClass('field--invalid');
  });
});
