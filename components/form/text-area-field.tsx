import type { TextareaHTMLAttributes } from "react";
import { LabelledField, controlClassName, errorAttributes } from "./labelled-field";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; errors?: string[] };

/** TextField's several-line twin: the same label, look and error. */
export function TextAreaField({ label, name, errors, id = name, className, ...textarea }: Props) {
  return (
    <LabelledField id={id} label={label} errors={errors} className={className}>
      <textarea
        id={id}
        name={name}
        {...errorAttributes(id, errors)}
        className={controlClassName}
        {...textarea}
      />
    </LabelledField>
  );
}
