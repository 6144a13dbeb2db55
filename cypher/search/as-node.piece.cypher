// SearchHit.node: the candidate itself, projected as its type when it has the label $label (else nothing).
[__child__ IN [__self__] WHERE $__label__ IN labels(__child__) | __child__ { __projection__ }]
