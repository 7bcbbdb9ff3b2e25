import type { InputHTMLAttributes } from "react";
import { LabelledField, controlClassName, errorAttributes } from "./labelled-field";

type Props = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; errors?: string[] };

export function TextField({ label, name, errors, id = name, className, ...input }: Props) {
  return (
    <LabelledField id={id} label={label} errors={errors} className={className}>
      <input id={id} name={name} {...errorAttributes(id, errors)} className={controlClassName} {...input} />
    </LabelledField>
  );
}
